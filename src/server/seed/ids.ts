/**
 * Fixed ids of the demo records that several modules' seeds refer to (a grant's scope, for example),
 * so each module seeds its own tables and the references still meet.
 */
export const demoIds = {
  meetingAccsm21: "0a0c5321-0000-4000-8000-000000000021",
  workplanAccsm: "0a0c5321-0000-4000-8000-00000000a001",
  workplanAccsmPlus3: "0a0c5321-0000-4000-8000-00000000a003",
  scheme1439: "0a0c5321-0000-4000-8000-000000001439",
  /** Cooperation register: the Archives' delegation to Russia (open: a draft or returned) and to France (2022, done). */
  coopArchivesRussia: "0a0c5321-0000-4000-8000-00000000c001",
  coopArchivesFrance: "0a0c5321-0000-4000-8000-00000000c002",
  /** ACCSM 21's organising committee (issue 13): its three sub-committees. */
  subcommitteeContent: "0a0c5321-0000-4000-8000-00000000d001",
  subcommitteeProtocol: "0a0c5321-0000-4000-8000-00000000d002",
  subcommitteeSecurity: "0a0c5321-0000-4000-8000-00000000d003",
  /** Reporting agency codes used by the targets module. */
  agencyHanoi: "P-HNI",
  agencyMoha: "M-MOHA",
} as const;

export const DEMO_PASSWORD = "focal-demo-2022";
