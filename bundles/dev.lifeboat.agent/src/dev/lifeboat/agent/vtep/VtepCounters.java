package dev.lifeboat.agent.vtep;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * An immutable snapshot of one segment's counters.
 *
 * @param vni           the segment, or {@link UserspaceVtep#NO_SEGMENT} for datagrams no segment could claim
 * @param rxPackets     frames received from the network and written into the TAP
 * @param rxBytes       their inner Ethernet bytes
 * @param txPackets     VXLAN datagrams sent (a flooded frame counts once per peer)
 * @param txBytes       their UDP payload bytes (VXLAN header plus inner frame)
 * @param floods        TAP frames replicated to every peer (broadcast, multicast, unknown unicast)
 * @param arpSuppressed ARP requests answered locally instead of being flooded
 * @param drops         dropped packets by reason, every reason present
 */
public record VtepCounters(int vni, long rxPackets, long rxBytes, long txPackets, long txBytes, long floods,
		long arpSuppressed, Map<DropReason, Long> drops) {

	public VtepCounters {
		EnumMap<DropReason, Long> all = new EnumMap<>(DropReason.class);
		for (DropReason reason : DropReason.values()) {
			all.put(reason, drops.getOrDefault(reason, 0L));
		}
		drops = Collections.unmodifiableMap(all);
	}

	/** Drops for one reason. */
	public long drops(DropReason reason) {
		return drops.get(reason);
	}

	/** Drops for every reason. */
	public long totalDrops() {
		return drops.values().stream().mapToLong(Long::longValue).sum();
	}
}
