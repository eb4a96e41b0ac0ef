import { Type } from "typebox";
import { Uuid } from "../../http/schemas.js";

/**
 * Route parameters of a delegation's and a delegate's routes, shared by the meetings core's routes and the
 * registration routes. The delegate's own schemas (`Delegate`, `DelegateBody`) are in src/shared/schemas/meetings.ts.
 */
export const DelegationParams = Type.Object({ id: Uuid, delegationId: Uuid });
export const DelegateParams = Type.Object({ id: Uuid, delegationId: Uuid, delegateId: Uuid });
