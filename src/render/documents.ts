// The documents spis renders and their formats (a module of its own: shell completion lists them without loading Handlebars).
export const DOCUMENTS = [
  'contract',
  'amendment',
  'oral-contract',
  'plan',
  'contact',
  'termination',
  'periodic-report',
] as const;
export type DocumentName = (typeof DOCUMENTS)[number];
/** Documents of the service as a whole, not of one case (rendered by their own commands). */
export const SERVICE_DOCUMENTS = ['disposal', 'complaint-reply', 'incident', 'group', 'training'] as const;
export type ServiceDocumentName = (typeof SERVICE_DOCUMENTS)[number];
/** Templates that render a document in place of its own in a service of another kind: the dohoda of foster-care support for the contract. */
export const VARIANT_TEMPLATES = ['foster-agreement'] as const;
/** Every template that renders a document. */
export type TemplateName = DocumentName | ServiceDocumentName | (typeof VARIANT_TEMPLATES)[number];

/** Text formats come from the templates directly; PDF is laid out from the same templates (render/pdf.ts). */
/** txt: plain text for an e-mail body (no markup at all); not offered by render --format. */
export type TextFormat = 'md' | 'html' | 'txt';
export type Format = TextFormat | 'pdf';
export const FORMATS: readonly Format[] = ['md', 'html', 'pdf'];
