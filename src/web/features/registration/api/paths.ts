/** API paths of one delegation's registration. */
export const delegationPath = (meetingId: string, delegationId: string) =>
  `/meetings/${meetingId}/delegations/${delegationId}`;
