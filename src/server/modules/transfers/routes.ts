import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { IdParams, Ok, StringEnum, errors } from "../../http/schemas.js";
import { sendFile } from "../../http/files.js";
import {
  AllocationParams,
  AutoAllocateBody,
  AutoAllocateResult,
  Shuttle,
  Transfer,
  TransferDays,
  TransferMove,
  TransfersQuery,
  Vehicle,
  VehicleInput,
  VehicleParams,
  VehiclePatch,
} from "../../../shared/schemas/transfers.js";
import {
  addAllocation,
  autoAllocate,
  createVehicle,
  deleteVehicle,
  listShuttles,
  listTransfers,
  listVehicles,
  removeAllocation,
  transferDays,
  transferMoves,
  updateVehicle,
} from "./transfers.js";
import { manifestPdf } from "./manifest.js";

const tags = ["transfers"];
const Binary = Type.Unsafe({ type: "string", format: "binary" });
const readers = "the ICD, committee members, the meeting's registration managers";
const keepers = "the ICD and the heads of the Protocol and Logistics sub-committee";

/** Airport transfers from the flights, vehicles, manifests, hotel–venue shuttles (issue 14, point 3). */
export const transfersRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/meetings/:id/transfers",
    {
      schema: {
        tags,
        summary: `Arrivals and departures grouped into transfers (airport, time window), with people, vehicles and liaison; one day with ?date (${readers})`,
        params: IdParams,
        querystring: TransfersQuery,
        response: { 200: Type.Array(Transfer), ...errors },
      },
    },
    async (req) => listTransfers(ctx, requireActor(req), req.params.id, req.query),
  );
  app.get(
    "/meetings/:id/transfers/days",
    {
      schema: {
        tags,
        summary: `The days with transfers and the delegates whose flight is too incomplete to place (${readers})`,
        params: IdParams,
        response: { 200: TransferDays, ...errors },
      },
    },
    async (req) => transferDays(ctx, requireActor(req), req.params.id),
  );
  app.get(
    "/meetings/:id/transfers/moves",
    {
      schema: {
        tags,
        summary: `Changed flights not yet acknowledged, with the transfer each person left and the one they are in now (${readers})`,
        params: IdParams,
        response: { 200: Type.Array(TransferMove), ...errors },
      },
    },
    async (req) => transferMoves(ctx, requireActor(req), req.params.id),
  );
  app.get(
    "/meetings/:id/transfers/shuttles",
    {
      schema: {
        tags,
        summary: `Hotel–venue shuttles per session day, the site visit and the cultural evening: people and departure per hotel (${readers})`,
        params: IdParams,
        querystring: TransfersQuery,
        response: { 200: Type.Array(Shuttle), ...errors },
      },
    },
    async (req) => listShuttles(ctx, requireActor(req), req.params.id, req.query),
  );
  app.post(
    "/meetings/:id/transfers/allocate",
    {
      schema: {
        tags,
        summary: `Allocates free vehicles to a day's transfers so that nobody is left over (${keepers}). Audited.`,
        params: IdParams,
        body: AutoAllocateBody,
        response: { 200: AutoAllocateResult, ...errors },
      },
    },
    async (req) => autoAllocate(ctx, requireActor(req), req.params.id, req.body.date),
  );
  app.put(
    "/meetings/:id/transfers/:transferId/vehicles/:vehicleId",
    {
      schema: {
        tags,
        summary: `Allocates a vehicle to a transfer; refused when it serves another at the same time (${keepers}). Audited.`,
        params: AllocationParams,
        response: { 200: Transfer, ...errors },
      },
    },
    async (req) => addAllocation(ctx, requireActor(req), req.params.id, req.params.transferId, req.params.vehicleId),
  );
  app.delete(
    "/meetings/:id/transfers/:transferId/vehicles/:vehicleId",
    {
      schema: {
        tags,
        summary: `Removes a vehicle from a transfer; the transfer then shows any shortfall of seats (${keepers}). Audited.`,
        params: AllocationParams,
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => removeAllocation(ctx, requireActor(req), req.params.id, req.params.transferId, req.params.vehicleId),
  );
  app.get(
    "/meetings/:id/transfers/:transferId/vehicles/:vehicleId/manifest.pdf",
    {
      schema: {
        tags,
        summary: `A vehicle's passenger manifest for a transfer, as a PDF for the driver (${readers})`,
        params: AllocationParams,
        querystring: Type.Object({
          lang: Type.Optional(StringEnum(["vi", "en"] as const, { description: "The user's own by default" })),
        }),
        response: { 200: Binary, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      return sendFile(
        reply,
        await manifestPdf(
          ctx,
          actor,
          req.params.id,
          req.params.transferId,
          req.params.vehicleId,
          req.query.lang ?? actor.language,
        ),
      );
    },
  );

  app.get(
    "/meetings/:id/vehicles",
    {
      schema: {
        tags,
        summary: `The meeting's vehicles for transfers and shuttles, with the transfers each serves (${readers})`,
        params: IdParams,
        response: { 200: Type.Array(Vehicle), ...errors },
      },
    },
    async (req) => listVehicles(ctx, requireActor(req), req.params.id),
  );
  app.post(
    "/meetings/:id/vehicles",
    {
      schema: {
        tags,
        summary: `Adds a vehicle: label, kind, seats, driver, phone, plate (${keepers}). Audited.`,
        params: IdParams,
        body: VehicleInput,
        response: { 201: Vehicle, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await createVehicle(ctx, requireActor(req), req.params.id, req.body)),
  );
  app.patch(
    "/meetings/:id/vehicles/:vehicleId",
    {
      schema: {
        tags,
        summary: `Changes a vehicle, with the version read (${keepers}). Audited.`,
        params: VehicleParams,
        body: VehiclePatch,
        response: { 200: Vehicle, ...errors },
      },
    },
    async (req) => updateVehicle(ctx, requireActor(req), req.params.id, req.params.vehicleId, req.body),
  );
  app.delete(
    "/meetings/:id/vehicles/:vehicleId",
    {
      schema: {
        tags,
        summary: `Deletes a vehicle and its allocations (${keepers}). Audited.`,
        params: VehicleParams,
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => deleteVehicle(ctx, requireActor(req), req.params.id, req.params.vehicleId),
  );
};
