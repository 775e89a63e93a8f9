import type { ColumnType } from './schemas/types';

/**
 * `manifest.json` describes exactly the extracts that are published beside it. It holds no
 * timestamps of its own so that the same inputs always give the same bytes.
 */
export interface ManifestEntry {
	dataset: string;
	file: string;
	title: string;
	/** The date the data describes, YYYY-MM-DD. */
	as_at: string;
	rows: number;
	bytes: number;
	sha256: string;
	source: string;
	illustrative: boolean;
	columns: { name: string; type: ColumnType }[];
}

export interface Manifest {
	manifest_version: 1;
	/** The seed the illustrative datasets were generated from. */
	demo_seed: number;
	datasets: ManifestEntry[];
}

export const MANIFEST_FILE = 'manifest.json';
/** Where the site serves the extracts from, relative to its base path. */
export const EXTRACTS_PATH = 'data/extracts';
