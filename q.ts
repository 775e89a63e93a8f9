import { DuckDBInstance } from '@duckdb/node-api';
const c = await (await DuckDBInstance.create(':memory:')).connect();
const q = async (s: string) => console.table((await c.runAndReadAll(s)).getRowObjects());
await q(`select key_stage, academic_year, geography_name, pupil_group, value, symbol, cohort, comparable, source_file from '/tmp/ex1/attainment.parquet' where geography_level<>'school' order by 1,3,2,4`);
await q(`select key_stage, geography_level, count(*)::int n, count(value)::int v, count(*) filter (symbol='c')::int c from '/tmp/ex1/attainment.parquet' group by all`);
await q(`select phase, governance, is_state_funded, count(*)::int n, count(district)::int d from '/tmp/ex1/schools.parquet' where is_open group by all order by 1,2`);
