import { createContext } from 'react';

/**
 * Opens the "All notes" view filtered to one company (from a company's row on "This page"); null
 * where the popup has no such view to go to.
 */
export const ShowCompanyNotes = createContext<((companyId: string) => void) | null>(null);
