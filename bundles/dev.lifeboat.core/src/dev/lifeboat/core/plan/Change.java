package dev.lifeboat.core.plan;

/**
 * One difference between what a host runs and what its configuration says, as the administrator reads it
 * in a deploy plan.
 *
 * @param kind    what happens to the item
 * @param item    what sort of thing it is: bridge, overlay, peer, fdb, guest
 * @param name    which one (device, overlay name, MAC, guest name)
 * @param detail  what exactly differs, in words (empty for plain additions and removals)
 */
public record Change(Kind kind, String item, String name, String detail) {

	/** What a deploy does to an item. */
	public enum Kind {
		ADDED, CHANGED, REMOVED
	}

	@Override
	public String toString() {
		String sign = switch (kind) {
		case ADDED -> "+";
		case CHANGED -> "~";
		case REMOVED -> "-";
		};
		return sign + " " + item + " " + name + (detail.isEmpty() ? "" : ": " + detail);
	}
}
