import { Type, type Static } from "typebox";
import { IsoDate, Nullable, StringEnum, Uuid } from "./common.js";

/**
 * The bodies that issue numbered documents, each with its own numbering register per year (decision 022): the
 * International Cooperation Department (submissions, `…/TTr-HTQT`) and the Personnel Department, which issues the
 * Ministry's decisions sending delegations (`…/QĐ-BNV`).
 */
export const documentIssuers = ["ICD", "PERSONNEL"] as const;
export type DocumentIssuer = (typeof documentIssuers)[number];
/** The kinds of numbered documents issued today: the ICD's submission and the Ministry's decision. */
export const documentKinds = ["submission", "decision"] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** One line of an issuer's register: a number taken and never given again. */
export const IssuedDocument = Type.Object({
  id: Uuid,
  issuer: StringEnum(documentIssuers),
  year: Type.Integer(),
  seq: Type.Integer(),
  /** As written on the document: "12/TTr-HTQT". */
  number: Type.String(),
  symbol: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  /** The document's date (its place-date line). */
  issuedOn: IsoDate,
  issuedByName: Type.String(),
  entity: Type.String(),
  entityId: Type.String(),
  /** The page of the record the document belongs to, when the module that owns it says where that is. */
  link: Nullable(Type.String()),
  /** The record's name, when its module says how to name it (the register lists it; an activity's page does not). */
  recordLabel: Nullable(Type.String()),
});
export type IssuedDocument = Static<typeof IssuedDocument>;
