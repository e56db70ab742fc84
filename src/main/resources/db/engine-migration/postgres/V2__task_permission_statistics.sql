-- Every task query of a user who is not an administrator joins ACT_RU_AUTHORIZATION on the
-- condition PERMS_ & 2 = 2 (TASK READ) or PERMS_ & 64 = 64 (READ_TASK on the process definition).
-- PostgreSQL has no statistics for such an expression and guesses 0.5% of the rows. The engine
-- grants each candidate group every open task, so the table holds about one row per task, and
-- with that guess the planner joins every task with every authorization: a rep's Tasklist page
-- took half a second with 2,000 open tasks, and the time grew with the square of their number. Statistics on the
-- two expressions let it look up each task's authorizations by index instead.
create statistics SC_STAT_AUTH_TASK_PERMS on (PERMS_ & 2), (PERMS_ & 64) from ACT_RU_AUTHORIZATION;
-- A database in use gets them now. A new one gets them from autovacuum's analyze once the table
-- has grown: statistics of an almost empty table would mislead the planner (it then looked up a
-- task's authorization through the group index, scanning every row of the group).
do $$
begin
  if (select count(*) from ACT_RU_AUTHORIZATION) >= 1000 then
    analyze ACT_RU_AUTHORIZATION;
  end if;
end
$$;
