/**
 * Tokens that may stand between the members of a coordinated group of parties (`the United States,
 * France, Britain and Saudi Arabia`, `Iran and Russia both`).
 */
export const GROUP_CONNECTORS: ReadonlySet<string> = new Set([',', 'and', '&', 'or', 'the', 'both', 'as', 'well']);
