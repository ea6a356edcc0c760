// The documents spis renders (a module of its own: shell completion lists them without loading Handlebars).
export const DOCUMENTS = ['contract', 'amendment', 'oral-contract', 'plan', 'contact', 'termination'] as const;
export type DocumentName = (typeof DOCUMENTS)[number];
