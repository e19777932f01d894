/**
 * The contract between the console and the agent on every host: plain Java types, serialized as XML by
 * {@link dev.lifeboat.protocol.ProtocolCodec} under an explicit type allowlist. No EMF, no OSGi: the agent
 * is a small jar that runs on a bare host.
 */
package dev.lifeboat.protocol;
