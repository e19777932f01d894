/**
 * High availability decided without touching a host: {@link dev.lifeboat.core.ha.FailoverSimulation} answers
 * "what if this host fails, this NIC is cut, the cluster splits?" from the compiled
 * {@link dev.lifeboat.protocol.HaSpec}, with the same {@link dev.lifeboat.protocol.HaTimings} and
 * {@link dev.lifeboat.protocol.FailoverPlacement} the agents act on, so that the lab does what it predicts.
 */
package dev.lifeboat.core.ha;
