export * from './test-environment';
export * from './unique-name';
export * from './wait-for';
export * from './read-topic';
export * from './consumer-group-progress';
export * from './principal-test-client';
export * from './group-position';
export * from './load-modules';
