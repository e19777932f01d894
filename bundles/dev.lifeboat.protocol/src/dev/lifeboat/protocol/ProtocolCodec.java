package dev.lifeboat.protocol;

import java.util.ArrayList;
import java.util.List;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.XStreamException;
import com.thoughtworks.xstream.converters.basic.BooleanConverter;
import com.thoughtworks.xstream.converters.basic.IntConverter;
import com.thoughtworks.xstream.converters.basic.LongConverter;
import com.thoughtworks.xstream.converters.basic.NullConverter;
import com.thoughtworks.xstream.converters.basic.StringConverter;
import com.thoughtworks.xstream.converters.collections.CollectionConverter;
import com.thoughtworks.xstream.converters.enums.EnumConverter;
import com.thoughtworks.xstream.converters.reflection.PureJavaReflectionProvider;
import com.thoughtworks.xstream.converters.reflection.ReflectionConverter;
import com.thoughtworks.xstream.io.xml.MXParserDriver;
import com.thoughtworks.xstream.mapper.Mapper;
import com.thoughtworks.xstream.security.ForbiddenClassException;
import com.thoughtworks.xstream.security.NoTypePermission;
import com.thoughtworks.xstream.security.NullPermission;
import com.thoughtworks.xstream.security.PrimitiveTypePermission;

/**
 * Reads and writes protocol documents as XML. XStream is locked down: no type may be read unless it is on
 * the explicit allowlist below, so a hostile document (the classic XStream gadget chains) is refused before
 * any object of a foreign type is created.
 */
public final class ProtocolCodec {

	/** Every type a protocol document may contain, and its element name. */
	private static final List<Alias> ALIASES = List.of(
			new Alias("agent-config", AgentConfig.class),
			new Alias("bridge", BridgeSpec.class),
			new Alias("overlay", VxlanSpec.class),
			new Alias("fdb", FdbEntry.class),
			new Alias("guest", GuestSpec.class),
			new Alias("nic", GuestNicSpec.class),
			new Alias("ha", HaSpec.class),
			new Alias("ha-member", HaMember.class),
			new Alias("ha-vtep", HaVtep.class),
			new Alias("ha-guest", HaGuest.class),
			new Alias("backup", BackupSpec.class),
			new Alias("agent-state", AgentState.class),
			new Alias("bridge-state", AgentState.BridgeState.class),
			new Alias("overlay-state", AgentState.VxlanState.class),
			new Alias("guest-state", AgentState.GuestState.class),
			new Alias("nic-state", AgentState.GuestNicState.class),
			new Alias("backup-state", AgentState.BackupState.class),
			new Alias("ha-status", HaStatus.class),
			new Alias("ha-member-state", HaStatus.MemberState.class),
			new Alias("ha-path-state", HaStatus.PathState.class),
			new Alias("ha-owner", HaStatus.Ownership.class));

	private static final List<Class<?>> ATTRIBUTE_TYPES = List.of(String.class, int.class, long.class,
			boolean.class, BridgeSpec.Kind.class, VxlanSpec.DataPlane.class, VxlanSpec.Replication.class,
			GuestNicSpec.Mode.class, GuestSpec.Workload.class, BackupSpec.Kind.class, HaStatus.MemberHealth.class);

	private final XStream xstream;

	public ProtocolCodec() {
		xstream = new ProtocolXStream();
		// Under OSGi (the console) XStream's own loader and a worker thread's context loader cannot see the
		// protocol's classes, which it resolves by name while reading: use the loader that defined them.
		xstream.setClassLoader(ProtocolCodec.class.getClassLoader());
		xstream.addPermission(NoTypePermission.NONE);
		xstream.addPermission(NullPermission.NULL);
		xstream.addPermission(PrimitiveTypePermission.PRIMITIVES);
		xstream.allowTypes(new Class<?>[] { String.class, ArrayList.class });
		for (Alias alias : ALIASES) {
			xstream.allowTypes(new Class<?>[] { alias.type() });
			xstream.alias(alias.element(), alias.type());
		}
		for (Class<?> type : ATTRIBUTE_TYPES) {
			xstream.useAttributeFor(type);
		}
		xstream.addImplicitCollection(VxlanSpec.class, "peers", "peer", String.class);
		xstream.addImplicitCollection(VxlanSpec.class, "fdb", "fdb", FdbEntry.class);
		xstream.addImplicitCollection(GuestSpec.class, "nics", "nic", GuestNicSpec.class);
		xstream.addImplicitCollection(HaSpec.class, "members", "member", HaMember.class);
		xstream.addImplicitCollection(HaSpec.class, "guests", "ha-guest", HaGuest.class);
		xstream.addImplicitCollection(HaMember.class, "heartbeatAddresses", "heartbeat", String.class);
		xstream.addImplicitCollection(HaMember.class, "bridges", "bridge", String.class);
		xstream.addImplicitCollection(HaMember.class, "vteps", "vtep", HaVtep.class);
		xstream.addImplicitCollection(BackupSpec.class, "guests", "covers", String.class);
		xstream.addImplicitCollection(AgentState.BridgeState.class, "ports", "port", String.class);
		xstream.addImplicitCollection(AgentState.BridgeState.class, "addresses", "address", String.class);
		xstream.addImplicitCollection(AgentState.VxlanState.class, "peers", "peer", String.class);
		xstream.addImplicitCollection(AgentState.VxlanState.class, "fdb", "fdb", FdbEntry.class);
		xstream.addImplicitCollection(AgentState.GuestState.class, "nics", "nic", AgentState.GuestNicState.class);
		xstream.addImplicitCollection(HaStatus.class, "members", "member", HaStatus.MemberState.class);
		xstream.addImplicitCollection(HaStatus.class, "owners", "owner", HaStatus.Ownership.class);
		xstream.addImplicitCollection(HaStatus.class, "fencedHosts", "fenced", String.class);
		xstream.addImplicitCollection(HaStatus.class, "unplaced", "unplaced", String.class);
		xstream.addImplicitCollection(HaStatus.MemberState.class, "paths", "path", HaStatus.PathState.class);
		xstream.setMode(XStream.NO_REFERENCES);
	}

	/**
	 * XStream with the converters protocol documents need and no others: strings, {@code int}, {@code long},
	 * {@code boolean}, enums, lists and the protocol's own classes (by reflection). Constructing the codec is the
	 * largest single part of an agent JVM's start (XStream's own start-up probes, which no configuration avoids,
	 * are most of it); the stock set of about eighty converters (dates, AWT fonts, SQL and java.time types,
	 * serialization, proxies...) added a few percent of a resident agent's start to it: about 40 ms of CPU of the
	 * 0.87 s a start and its first apply take, measured alone on a 2-core machine. Fewer converters is also less for
	 * a hostile document to reach, behind the type allowlist. The documents read and written are the same
	 * (ProtocolCodecTest compares them with what the stock set wrote).
	 */
	private static final class ProtocolXStream extends XStream {

		ProtocolXStream() {
			// Plain reflection through the no-argument constructors: no sun.misc.Unsafe, which JDK 24+ warns about.
			super(new PureJavaReflectionProvider(), new MXParserDriver());
		}

		@Override
		protected void setupConverters() {
			Mapper mapper = getMapper();
			registerConverter(new ReflectionConverter(mapper, getReflectionProvider()), PRIORITY_VERY_LOW);
			registerConverter(new NullConverter(), PRIORITY_VERY_HIGH);
			registerConverter(new StringConverter(), PRIORITY_NORMAL);
			registerConverter(new IntConverter(), PRIORITY_NORMAL);
			registerConverter(new LongConverter(), PRIORITY_NORMAL);
			registerConverter(new BooleanConverter(), PRIORITY_NORMAL);
			registerConverter(new EnumConverter(), PRIORITY_NORMAL);
			registerConverter(new CollectionConverter(mapper), PRIORITY_NORMAL);
		}

		@Override
		protected void setupImmutableTypes() {
			// Only references need them, and the codec writes none (NO_REFERENCES).
		}
	}

	/** The XML form of a protocol document. */
	public String toXml(Object document) {
		if (ALIASES.stream().noneMatch(alias -> alias.type() == document.getClass())) {
			throw new IllegalArgumentException(document.getClass().getName() + " is not a protocol document");
		}
		// No XML declaration: UTF-8 is XML's default, and documents can then be concatenated with comments.
		return xstream.toXML(document) + "\n";
	}

	/**
	 * Reads a document of the given type.
	 *
	 * @throws ProtocolException when the XML is malformed, names a type outside the protocol, is of another
	 *                           type than expected or of an incompatible protocol version
	 */
	public <T> T fromXml(String xml, Class<T> type) throws ProtocolException {
		Object document;
		try {
			document = xstream.fromXML(xml);
		} catch (ForbiddenClassException e) {
			throw new ProtocolException("Refused a document that names the type '" + forbiddenType(e)
					+ "', which is not part of the Lifeboat protocol. Only Lifeboat configuration and state may be sent to an agent.",
					e);
		} catch (XStreamException | IllegalArgumentException e) {
			throw new ProtocolException("Not a valid Lifeboat protocol document: " + firstLine(e.getMessage()), e);
		}
		if (!type.isInstance(document)) {
			throw new ProtocolException("Expected " + article(elementOf(type)) + " document but got "
					+ (document == null ? "nothing" : article(elementOf(document.getClass())) + " document"));
		}
		String version = document instanceof AgentConfig config ? config.protocolVersion()
				: document instanceof AgentState state ? state.protocolVersion() : ProtocolVersion.CURRENT;
		if (!ProtocolVersion.isCompatible(version)) {
			throw new ProtocolException("Protocol version " + version
					+ " is not compatible with this side's " + ProtocolVersion.CURRENT
					+ ". Update the agent and the console to the same release.");
		}
		return type.cast(document);
	}

	private static String elementOf(Class<?> type) {
		return ALIASES.stream().filter(alias -> alias.type() == type).map(Alias::element).findFirst()
				.orElse(type.getName());
	}

	private static String article(String element) {
		return ("aeiou".indexOf(element.charAt(0)) >= 0 ? "an " : "a ") + element;
	}

	private static String forbiddenType(ForbiddenClassException e) {
		String message = String.valueOf(e.getMessage());
		// XStream words it "Security framework of XStream not initialized, XStream is probably vulnerable." or
		// "<type>" on the first line; the type is what the user needs.
		String line = firstLine(message).trim();
		return line.isEmpty() ? "unknown" : line;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

	private record Alias(String element, Class<?> type) {
	}
}
