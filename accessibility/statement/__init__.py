"""The accessibility statement (EU model, Decision 2018/1523): its compliance
rules, regional texts, page-tree glue and admin reminder."""
