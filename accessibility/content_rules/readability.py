"""The plain-language band of the page below the site's target, as the
plain-language checker (pages.plain_language) measured it: this rule only
reports its verdict, it does not measure anything itself."""

from . import definitions as d


def check(content):
    result = content.plain_language
    if result is None or not result.target or result.meets_target:
        return []
    return [d.RULES[d.PLAIN_LANGUAGE_BELOW_TARGET].finding(
        "text", f"{result.band} < {result.target}")]
