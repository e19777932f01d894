package dev.lifeboat.ui.session;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;

/** Turns what a user typed into an attribute value, or says why it is not one. */
public final class AttributeValues {

	/**
	 * The outcome of parsing: a value, or an error message for the field.
	 *
	 * @param value the parsed value (meaningful only when {@code error} is {@code null})
	 * @param error what is wrong with the input, or {@code null}
	 */
	public record Parsed(Object value, String error) {

		/** Whether the input was a valid value. */
		public boolean ok() {
			return error == null;
		}
	}

	private AttributeValues() {
	}

	/** Parses {@code text} as a value of {@code attribute} (strings: empty means unset). */
	public static Parsed parse(EAttribute attribute, String text) {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		String trimmed = text.strip();
		try {
			if (type == int.class || type == Integer.class) {
				return new Parsed(Integer.parseInt(trimmed), null);
			}
			if (type == long.class || type == Long.class) {
				return new Parsed(Long.parseLong(trimmed), null);
			}
		} catch (NumberFormatException e) {
			return new Parsed(null, "'" + trimmed + "' is not a whole number" + range(type));
		}
		if (type == String.class) {
			return new Parsed(text.isEmpty() ? null : text, null);
		}
		EDataType dataType = attribute.getEAttributeType();
		return new Parsed(null, "Values of type " + dataType.getName() + " cannot be typed here");
	}

	/** Whether {@code attribute} is edited as a number. */
	public static boolean isNumber(EAttribute attribute) {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		return type == int.class || type == Integer.class || type == long.class || type == Long.class;
	}

	/** The text to show for {@code value}. */
	public static String format(Object value) {
		return value == null ? "" : String.valueOf(value);
	}

	private static String range(Class<?> type) {
		return type == int.class || type == Integer.class ? " (up to " + Integer.MAX_VALUE + ")" : "";
	}
}
