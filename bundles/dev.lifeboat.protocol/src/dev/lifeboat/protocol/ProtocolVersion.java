package dev.lifeboat.protocol;

/** The version of the console-agent protocol. An agent refuses a config of a different major version. */
public final class ProtocolVersion {

	/** Bumped on any incompatible change to the protocol types. */
	public static final int MAJOR = 1;

	/** Bumped on compatible additions. */
	public static final int MINOR = 0;

	/** As written into every document: {@code MAJOR.MINOR}. */
	public static final String CURRENT = MAJOR + "." + MINOR;

	private ProtocolVersion() {
	}

	/** Whether a document of {@code version} can be read by this side. */
	public static boolean isCompatible(String version) {
		if (version == null) {
			return false;
		}
		int dot = version.indexOf('.');
		String major = dot < 0 ? version : version.substring(0, dot);
		return major.equals(Integer.toString(MAJOR));
	}
}
