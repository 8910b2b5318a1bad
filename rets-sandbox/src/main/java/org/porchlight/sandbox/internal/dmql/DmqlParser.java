package org.porchlight.sandbox.internal.dmql;

import java.util.ArrayList;
import java.util.List;

import org.porchlight.sandbox.internal.dmql.Condition.And;
import org.porchlight.sandbox.internal.dmql.Condition.FieldCriterion;
import org.porchlight.sandbox.internal.dmql.Condition.Not;
import org.porchlight.sandbox.internal.dmql.Condition.Or;
import org.porchlight.sandbox.internal.dmql.FieldValue.Item;

/**
 * A recursive-descent parser for DMQL2 queries as RETS 1.7.2 defines them:
 *
 * <pre>
 * condition  = and-term *( ("|" / " OR ") and-term )
 * and-term   = not-term *( ("," / " AND ") not-term )
 * not-term   = ("~" / "NOT ") not-term / element
 * element    = "(" field "=" value ")" / "(" condition ")"
 * value      = "|" codes / "~" codes / "+" codes / ".ANY." / ".EMPTY." / item *("," item)
 * </pre>
 *
 * AND binds tighter than OR. Items stay text here; {@link QueryCompiler} reads them per DataType.
 */
public final class DmqlParser {

	private final String text;

	private int position;

	private DmqlParser(String text) {
		this.text = text;
	}

	/**
	 * Parses a whole query.
	 * @throws DmqlSyntaxException if the query is not valid DMQL2; the message gives the position
	 */
	public static Condition parse(String query) {
		DmqlParser parser = new DmqlParser(query);
		parser.skipSpaces();
		if (parser.atEnd()) {
			throw new DmqlSyntaxException("The query is empty");
		}
		Condition condition = parser.parseOr();
		parser.skipSpaces();
		if (!parser.atEnd()) {
			throw parser.error("Unexpected '" + parser.peek() + "'");
		}
		return condition;
	}

	private Condition parseOr() {
		List<Condition> operands = new ArrayList<>();
		operands.add(parseAnd());
		while (true) {
			skipSpaces();
			if (consume('|') || consumeKeyword("OR")) {
				operands.add(parseAnd());
			}
			else {
				return (operands.size() == 1) ? operands.get(0) : new Or(operands);
			}
		}
	}

	private Condition parseAnd() {
		List<Condition> operands = new ArrayList<>();
		operands.add(parseNot());
		while (true) {
			skipSpaces();
			if (consume(',') || consumeKeyword("AND")) {
				operands.add(parseNot());
			}
			else {
				return (operands.size() == 1) ? operands.get(0) : new And(operands);
			}
		}
	}

	private Condition parseNot() {
		skipSpaces();
		if (consume('~') || consumeKeyword("NOT")) {
			return new Not(parseNot());
		}
		return parseElement();
	}

	private Condition parseElement() {
		skipSpaces();
		if (!consume('(')) {
			throw error(atEnd() ? "Expected '(' but the query ended" : "Expected '(' but found '" + peek() + "'");
		}
		skipSpaces();
		String field = fieldNameAhead();
		Condition condition;
		if (field != null) {
			this.position += field.length();
			skipSpaces();
			consume('=');
			condition = new FieldCriterion(field, parseValue(field));
		}
		else {
			condition = parseOr();
		}
		skipSpaces();
		if (!consume(')')) {
			throw error(atEnd() ? "Missing ')'" : "Expected ')' but found '" + peek() + "'");
		}
		return condition;
	}

	// Returns the field name when the text ahead is "name =", else null for a nested condition.
	private String fieldNameAhead() {
		int end = this.position;
		while (end < this.text.length() && isNameCharacter(this.text.charAt(end))) {
			end++;
		}
		if (end == this.position) {
			return null;
		}
		int afterSpaces = end;
		while (afterSpaces < this.text.length() && Character.isWhitespace(this.text.charAt(afterSpaces))) {
			afterSpaces++;
		}
		if (afterSpaces < this.text.length() && this.text.charAt(afterSpaces) == '=') {
			return this.text.substring(this.position, end);
		}
		return null;
	}

	private FieldValue parseValue(String field) {
		int start = this.position;
		StringBuilder raw = new StringBuilder();
		boolean inQuotes = false;
		while (!atEnd() && (inQuotes || peek() != ')')) {
			char c = this.text.charAt(this.position++);
			if (c == '"') {
				inQuotes = !inQuotes;
			}
			raw.append(c);
		}
		if (inQuotes) {
			throw error("Unterminated quoted string in the value of " + field);
		}

		String value = raw.toString().strip();
		if (value.isEmpty()) {
			throw errorAt(start, "Missing value for field " + field);
		}
		if (value.equals(".ANY.")) {
			return new FieldValue.AnyValue();
		}
		if (value.equals(".EMPTY.")) {
			return new FieldValue.EmptyValue();
		}

		char first = value.charAt(0);
		if (first == '|' || first == '~' || first == '+') {
			List<String> codes = codes(value.substring(1), field, start);
			return switch (first) {
				case '|' -> new FieldValue.LookupAny(codes);
				case '~' -> new FieldValue.LookupNone(codes);
				default -> new FieldValue.LookupAll(codes);
			};
		}
		return new FieldValue.Items(items(value, field, start));
	}

	private List<String> codes(String list, String field, int start) {
		List<String> codes = new ArrayList<>();
		for (Item item : items(list, field, start)) {
			codes.add(item.text());
		}
		return codes;
	}

	private List<Item> items(String list, String field, int start) {
		List<Item> items = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean inQuotes = false;
		boolean quoted = false;
		for (int i = 0; i <= list.length(); i++) {
			char c = (i < list.length()) ? list.charAt(i) : ',';
			if (c == '"') {
				if (inQuotes && i + 1 < list.length() && list.charAt(i + 1) == '"') {
					current.append('"');
					i++;
				}
				else if (inQuotes) {
					inQuotes = false;
				}
				else if (!quoted && current.toString().isBlank()) {
					current.setLength(0);
					inQuotes = true;
					quoted = true;
				}
				else {
					throw errorAt(start, "Unexpected '\"' inside the value of " + field);
				}
			}
			else if (c == ',' && !inQuotes) {
				String item = quoted ? current.toString() : current.toString().strip();
				if (item.isEmpty() && !quoted) {
					throw errorAt(start, "Empty item in the value of " + field);
				}
				items.add(new Item(item, quoted));
				current.setLength(0);
				quoted = false;
			}
			else if (!quoted || inQuotes) {
				current.append(c);
			}
			else if (!Character.isWhitespace(c)) {
				throw errorAt(start, "Unexpected '" + c + "' after a quoted string in the value of " + field);
			}
		}
		return items;
	}

	private boolean consume(char expected) {
		if (!atEnd() && peek() == expected) {
			this.position++;
			return true;
		}
		return false;
	}

	// Matches a keyword that is a separate word, followed by a space or a parenthesis.
	private boolean consumeKeyword(String keyword) {
		int end = this.position + keyword.length();
		if (end >= this.text.length() || !this.text.startsWith(keyword, this.position)) {
			return false;
		}
		char next = this.text.charAt(end);
		if (Character.isWhitespace(next) || next == '(') {
			this.position = end;
			return true;
		}
		return false;
	}

	private void skipSpaces() {
		while (!atEnd() && Character.isWhitespace(peek())) {
			this.position++;
		}
	}

	private boolean atEnd() {
		return this.position >= this.text.length();
	}

	private char peek() {
		return this.text.charAt(this.position);
	}

	private static boolean isNameCharacter(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}

	private DmqlSyntaxException error(String message) {
		return errorAt(this.position, message);
	}

	private DmqlSyntaxException errorAt(int at, String message) {
		return new DmqlSyntaxException(message + " at position " + (at + 1) + " of query " + this.text);
	}

}
