/**
 * A header that marks a message a scenario produces invalid ON PURPOSE (the poison-event fault), as
 * a faulty or hostile producer would. The emitted-events contract check counts such messages apart
 * instead of failing on them: they are not the platform's events.
 */
export const DELIBERATELY_INVALID_HEADER = 'x-icn-test-deliberately-invalid';
