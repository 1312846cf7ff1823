/**
 * A client is known by the CRM it lives in plus its client number there: two CRMs of one bank may reuse
 * numbers, and Pacer must never show one client's notes for another.
 */
import * as z from 'zod/mini';

/** Client numbers seen in Chinese core-banking systems: digits, sometimes letters, dashes or dots. */
export const ClientIdSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.regex(/^[0-9A-Za-z][0-9A-Za-z._-]*$/, 'not a client number'));

/** A web origin such as `http://127.0.0.1:8808`. */
export const OriginSchema = z.string().check(z.maxLength(300), z.regex(/^https?:\/\/[^/\s]+$/, 'not an origin'));

export interface ClientRef {
  origin: string;
  clientId: string;
}
