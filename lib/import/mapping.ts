/** The fields a client list's columns can fill, and the mappings remembered per set of headers (platform/storage.ts). */
import * as z from 'zod/mini';

export const IMPORT_FIELDS = [
  'clientId',
  'name',
  'gender',
  'birthDate',
  'age',
  'openedOn',
  'assets',
  'products',
  'residentId',
  'communication',
  'phone',
  'ignore',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const MappingSchema = z.array(z.enum(IMPORT_FIELDS)).check(z.maxLength(500));
export const MAX_REMEMBERED_MAPPINGS = 20;
export const RememberedMappingsSchema = z.record(z.string().check(z.maxLength(2000)), MappingSchema);
export type RememberedMappings = z.infer<typeof RememberedMappingsSchema>;
