package dev.lifeboat.agent.vtep;

/** Why the VTEP dropped a packet or frame; counted per reason. */
public enum DropReason {
	/** A datagram shorter than the VXLAN header. */
	SHORT_PACKET,
	/** The I flag is not set: there is no VNI. */
	NO_VNI_FLAG,
	/** A VNI this VTEP does not serve. */
	UNKNOWN_VNI,
	/** From an address that is neither a peer nor the remote of a static entry of the segment. */
	NOT_A_PEER,
	/** Fewer than 14 bytes of Ethernet frame (from the network or the TAP). */
	RUNT_FRAME,
	/** A TAP frame longer than the segment's MTU allows; sending it would fragment the outer packet. */
	OVERSIZE,
	/** A TAP frame for a MAC that lives behind this same TAP: it must not go out. */
	LOCAL_DESTINATION,
	/** The kernel refused a datagram (one per copy). */
	SEND_FAILED,
	/** Writing to the TAP failed (it was deleted or is down). */
	TAP_WRITE_FAILED,
	/** A bug: an exception while forwarding, caught so the VTEP keeps running. */
	INTERNAL_ERROR
}
