import { customType } from "drizzle-orm/pg-core";

/** File bytes. PGlite answers Uint8Array, node-postgres a Buffer; both become a Buffer here. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => Buffer.from(v),
  toDriver: (v) => v,
});
