package org.porchlight.rets.cli;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A minimal JSON writer for records, maps, collections, strings, numbers, booleans and enums. Records become objects
 * with one member per component, in declaration order.
 */
final class JsonWriter {

	private final PrintWriter out;

	JsonWriter(PrintWriter out) {
		this.out = out;
	}

	void value(Object value) {
		if (value == null) {
			this.out.write("null");
		}
		else if (value instanceof String || value instanceof Character || value instanceof Enum<?>
				|| value instanceof java.net.URI) {
			string(value.toString());
		}
		else if (value instanceof Number || value instanceof Boolean) {
			this.out.write(value.toString());
		}
		else if (value instanceof Optional<?> optional) {
			value(optional.orElse(null));
		}
		else if (value instanceof OptionalLong optional) {
			value(optional.isPresent() ? optional.getAsLong() : null);
		}
		else if (value instanceof Map<?, ?> map) {
			object(map);
		}
		else if (value instanceof Collection<?> collection) {
			array(collection);
		}
		else if (value instanceof Record record) {
			record(record);
		}
		else {
			string(value.toString());
		}
	}

	/** Writes a JSON object whose member values are strings or {@code null}. */
	void object(Map<?, ?> map) {
		this.out.write('{');
		Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<?, ?> entry = entries.next();
			string(String.valueOf(entry.getKey()));
			this.out.write(':');
			value(entry.getValue());
			if (entries.hasNext()) {
				this.out.write(',');
			}
		}
		this.out.write('}');
	}

	private void array(Collection<?> values) {
		this.out.write('[');
		Iterator<?> iterator = values.iterator();
		while (iterator.hasNext()) {
			value(iterator.next());
			if (iterator.hasNext()) {
				this.out.write(',');
			}
		}
		this.out.write(']');
	}

	private void record(Record record) {
		this.out.write('{');
		RecordComponent[] components = record.getClass().getRecordComponents();
		for (int i = 0; i < components.length; i++) {
			if (i > 0) {
				this.out.write(',');
			}
			string(components[i].getName());
			this.out.write(':');
			value(read(record, components[i]));
		}
		this.out.write('}');
	}

	private static Object read(Record record, RecordComponent component) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), ex);
		}
	}

	void string(String text) {
		this.out.write('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> this.out.write("\\\"");
				case '\\' -> this.out.write("\\\\");
				case '\n' -> this.out.write("\\n");
				case '\r' -> this.out.write("\\r");
				case '\t' -> this.out.write("\\t");
				case '\b' -> this.out.write("\\b");
				case '\f' -> this.out.write("\\f");
				default -> {
					if (c < 0x20 || c == 0x2028 || c == 0x2029) {
						this.out.write(String.format("\\u%04x", (int) c));
					}
					else {
						this.out.write(c);
					}
				}
			}
		}
		this.out.write('"');
	}

}
