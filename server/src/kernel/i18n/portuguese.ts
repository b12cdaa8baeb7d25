/**
 * The two Portuguese catalogues are written once: each `*.pt.ts` builds its messages for a
 * variant, and `pick` chooses the European or the Brazilian word where they differ
 * (ficheiro / arquivo, registo / registro).
 */
export type Variant = 'PT' | 'BR';

export const pick = (v: Variant, pt: string, br: string): string => (v === 'PT' ? pt : br);
