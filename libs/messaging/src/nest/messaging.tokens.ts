/** The resolved MessagingModuleOptions. */
export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
/** The kafkajs client shared by the publisher, the consumers and the admin. */
export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');
