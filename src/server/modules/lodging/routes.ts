import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { sendFile } from "../../http/files.js";
import { IdParams, Ok, StringEnum, errors } from "../../http/schemas.js";
import {
  AssignResult,
  BlocksInput,
  Hotel,
  HotelInput,
  HotelParams,
  HotelPatch,
  HotelsAnswer,
  RoomingNight,
  RoomingQuery,
  RoomingStay,
  StayInput,
  StayParams,
  StayRow,
} from "../../../shared/schemas/lodging.js";
import {
  assignAutomatically,
  createHotel,
  listHotels,
  listStays,
  removeStay,
  roomingNight,
  roomingWhole,
  saveBlocks,
  setStay,
  updateHotel,
} from "./service.js";
import { exportHotelRooming } from "./export.js";

const tags = ["lodging"];
const Binary = Type.Unsafe<Buffer>({ type: "string", format: "binary" });
const readers = "those who read the meeting's logistics (ICD, committee members, registration managers)";
const keepers = "those who keep logistics (ICD, heads of the Protocol and Logistics sub-committee)";

/** Hotels, room blocks, stays and the rooming list (issue 14, point 2). Liaison officers get none of these. */
export const lodgingRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/meetings/:id/hotels",
    {
      schema: {
        tags,
        summary: `The meeting's hotels with contract and room blocks — ${readers}`,
        params: IdParams,
        response: { 200: HotelsAnswer, ...errors },
      },
    },
    async (req) => listHotels(ctx, requireActor(req), req.params.id),
  );
  app.post(
    "/meetings/:id/hotels",
    {
      schema: {
        tags,
        summary: `Adds a hotel — ${keepers}. Audited.`,
        params: IdParams,
        body: HotelInput,
        response: { 200: Hotel, ...errors },
      },
    },
    async (req) => createHotel(ctx, requireActor(req), req.params.id, req.body),
  );
  app.patch(
    "/meetings/:id/hotels/:hotelId",
    {
      schema: {
        tags,
        summary: `Changes a hotel's details or contract (not leaving held rooms outside it) — ${keepers}. Audited.`,
        params: HotelParams,
        body: HotelPatch,
        response: { 200: Hotel, ...errors },
      },
    },
    async (req) => updateHotel(ctx, requireActor(req), req.params.id, req.params.hotelId, req.body),
  );
  app.put(
    "/meetings/:id/hotels/:hotelId/blocks",
    {
      schema: {
        tags,
        summary: `Saves a hotel's room blocks (nights × room types); a night outside the contract is refused — ${keepers}. Audited.`,
        params: HotelParams,
        body: BlocksInput,
        response: { 200: Hotel, ...errors },
      },
    },
    async (req) => saveBlocks(ctx, requireActor(req), req.params.id, req.params.hotelId, req.body),
  );
  app.get(
    "/meetings/:id/hotels/:hotelId/rooming.xlsx",
    {
      schema: {
        tags,
        summary: `A hotel's rooming list in Excel for the hotel — ${readers}; with passports (the hotel needs them) ${keepers} only. Audited.`,
        params: HotelParams,
        querystring: Type.Object({ lang: Type.Optional(StringEnum(["vi", "en"] as const)) }),
        response: { 200: Binary, ...errors },
      },
    },
    async (req, reply) =>
      sendFile(
        reply,
        await exportHotelRooming(ctx, requireActor(req), req.params.id, req.params.hotelId, req.query.lang),
      ),
  );
  app.get(
    "/meetings/:id/rooming",
    {
      schema: {
        tags,
        summary: `Who sleeps where on a night (default: the first), per hotel, rooms used against held, over-booked or unused flagged — ${readers}`,
        params: IdParams,
        querystring: RoomingQuery,
        response: { 200: RoomingNight, ...errors },
      },
    },
    async (req) => roomingNight(ctx, requireActor(req), req.params.id, req.query.night),
  );
  app.get(
    "/meetings/:id/rooming/stay",
    {
      schema: {
        tags,
        summary: `The whole stay per hotel: nights × room types, used against held, flagged — ${readers}`,
        params: IdParams,
        response: { 200: RoomingStay, ...errors },
      },
    },
    async (req) => roomingWhole(ctx, requireActor(req), req.params.id),
  );
  app.get(
    "/meetings/:id/stays",
    {
      schema: {
        tags,
        summary: `Every travelling delegate with their hotel and room, if any — ${readers}`,
        params: IdParams,
        response: { 200: Type.Array(StayRow), ...errors },
      },
    },
    async (req) => listStays(ctx, requireActor(req), req.params.id),
  );
  app.put(
    "/meetings/:id/stays/:delegateId",
    {
      schema: {
        tags,
        summary: `Places a delegate in a hotel and room type, sharing by room key — ${keepers}. Audited.`,
        params: StayParams,
        body: StayInput,
        response: { 200: StayRow, ...errors },
      },
    },
    async (req) => setStay(ctx, requireActor(req), req.params.id, req.params.delegateId, req.body),
  );
  app.delete(
    "/meetings/:id/stays/:delegateId",
    {
      schema: {
        tags,
        summary: `Takes a delegate's room away — ${keepers}. Audited.`,
        params: StayParams,
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => removeStay(ctx, requireActor(req), req.params.id, req.params.delegateId),
  );
  app.post(
    "/meetings/:id/stays/assign",
    {
      schema: {
        tags,
        summary: `Places every travelling delegate without a room (heads in suites, a delegation in one hotel) — ${keepers}. Audited.`,
        params: IdParams,
        response: { 200: AssignResult, ...errors },
      },
    },
    async (req) => assignAutomatically(ctx, requireActor(req), req.params.id),
  );
};
