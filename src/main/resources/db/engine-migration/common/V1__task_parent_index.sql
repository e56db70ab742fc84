-- Completing a task looks up its subtasks by PARENT_TASK_ID_, which the engine's schema does not
-- index: with many open tasks every completion scans ACT_RU_TASK. Named SC_ so a later engine
-- version that adds its own index does not clash with this one.
create index SC_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_);
