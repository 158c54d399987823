import { openDatabase } from '@/utils/db/schema';

/** The extension's database as seen by the popup and options pages (they only read it). */
export const db = openDatabase();
