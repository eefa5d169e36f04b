"""N browsers checking the targets in parallel: one runner per thread, each
pulling the next target from a shared queue, so a slow page holds up one
browser only. A page that does not load is recorded with the reason and the
run goes on; a browser that breaks is restarted. The time spent starting
browsers is measured: it is what more workers cost."""

import queue
import threading
import time
from dataclasses import dataclass

from .. import conf
from ..models.runs import AuditedAddress
from ..runners.base import PageUnavailable, StateNotReached


@dataclass
class Outcome:
    target: object  # targets.Target
    url: str
    result: dict | None = None  # axe's result
    reason: str = ""  # why it was not checked
    seconds: float = 0.0

    @property
    def loaded(self):
        return self.result is not None


def _settled(actions):
    """The actions without the checks at their end (``expect``), which
    change nothing on the page."""
    actions = tuple(actions)
    while actions and actions[-1][0] == "expect":
        actions = actions[:-1]
    return actions


def chains(targets):
    """The targets in runs of states reached one from the other: a target
    whose actions continue those of the one before it (same address) is
    checked in the same browser session, without replaying the start."""
    found = []
    for target in targets:
        if found:
            last = found[-1][-1]
            done = _settled(last.actions)
            if (target.url == last.url and done and target.actions[:len(done)] == done
                    and len(target.actions) > len(done)):
                found[-1].append(target)
                continue
        found.append([target])
    return found


def steps_of(chain):
    """Each target's actions after those of the one before it."""
    steps, done = [], ()
    for target in chain:
        steps.append(tuple(target.actions[len(done):]))
        done = _settled(target.actions)
    return steps


class Pool:
    def __init__(self, targets, base_url, *, workers=1, timeout=30, progress=None):
        self.targets = list(targets)
        self.base_url = base_url
        self.workers = max(1, min(workers, len(self.targets) or 1))
        self.timeout = timeout
        self.progress = progress
        self.lock = threading.Lock()
        self.outcomes = []
        self.start_seconds = 0.0
        self.errors = []
        self.done = 0

    def new_runner(self):
        started = time.monotonic()
        runner = conf.get_runner(timeout=self.timeout)
        runner.open()
        with self.lock:
            self.start_seconds += time.monotonic() - started
        return runner

    def record(self, outcomes, count):
        """Note a chain's outcomes (steps not reached have none)."""
        with self.lock:
            self.outcomes.extend(outcomes)
            self.done += count
            done = self.done
        if self.progress is not None:
            self.progress(done, len(self.targets), outcomes[0].url if outcomes else "")

    def check(self, runner, chain):
        """[Outcome] for a chain of targets (``chains``), and the runner to
        go on with (None when it broke)."""
        first = chain[0]
        url = first.address(self.base_url)
        started = time.monotonic()
        try:
            if len(chain) == 1:
                # a runner written before actions existed is still asked the old way
                found = [runner.check(url, actions=first.actions) if first.actions
                         else runner.check(url)]
            else:
                found = runner.check_steps(url, steps_of(chain))
        except PageUnavailable as unavailable:
            found = [unavailable]
        except Exception as error:  # noqa: BLE001 (a broken browser: note it, start another)
            runner.close()
            return [Outcome(target, url, reason=f"the browser failed: {error}"[:255],
                            seconds=time.monotonic() - started) for target in chain], None
        seconds = (time.monotonic() - started) / max(1, len(found))
        outcomes = []
        for target, result in zip(chain, found, strict=False):
            if isinstance(result, StateNotReached) \
                    and target.state != AuditedAddress.FORM_CONFIRMATION:
                # that step does not exist, nor the ones after it; a form's
                # confirmation not reached is reported (it was not checked)
                break
            if isinstance(result, PageUnavailable):
                outcomes.append(Outcome(target, url, reason=result.reason[:255],
                                        seconds=seconds))
                break
            outcomes.append(Outcome(target, url, result=result, seconds=seconds))
        return outcomes, runner

    def work(self, pending):
        runner = None
        try:
            while True:
                try:
                    chain = pending.get_nowait()
                except queue.Empty:
                    return
                if runner is None:
                    try:
                        runner = self.new_runner()
                    except Exception as error:  # noqa: BLE001 (run() reports it)
                        pending.put(chain)
                        with self.lock:
                            self.errors.append(error)
                        return
                outcomes, runner = self.check(runner, chain)
                self.record(outcomes, len(chain))
        finally:
            if runner is not None:
                runner.close()

    def run(self):
        """Check every target; the outcomes in the targets' order."""
        pending = queue.Queue()
        for chain in chains(self.targets):
            pending.put(chain)
        threads = [threading.Thread(target=self.work, args=(pending,), daemon=True,
                                    name=f"balise-audit-{number}")
                   for number in range(self.workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if not pending.empty():  # no browser could be started for what is left
            raise self.errors[0] if self.errors else RuntimeError(
                "the browsers stopped before checking every address")
        order = {id(target): index for index, target in enumerate(self.targets)}
        return sorted(self.outcomes, key=lambda outcome: order[id(outcome.target)])
