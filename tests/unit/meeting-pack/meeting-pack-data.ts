import { loadDeck } from '../../../src/lib/server/deck';

/** The packs' build-time data from the committed extracts, in node DuckDB, as the build makes it. */
export const loadDeckAndPack = loadDeck;
