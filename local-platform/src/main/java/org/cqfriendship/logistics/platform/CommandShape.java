package org.cqfriendship.logistics.platform;

import de.bwaldvogel.mongo.bson.Document;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What a store command asked by, without the values (they may name people): the fields of its
 * filter, sort or pipeline, each value shown as {@code ?} and a list as its length, so that a slow
 * command in the log says which query to index or avoid.
 */
final class CommandShape {

    private static final List<String> ASKED_BY = List.of("filter", "sort", "projection", "query", "pipeline", "updates", "deletes");

    private CommandShape() {
    }

    static String of(Document command) {
        StringJoiner shape = new StringJoiner(", ", "{", "}");
        for (String key : ASKED_BY) {
            if (command.containsKey(key)) {
                shape.add(key + ": " + shapeOf(command.get(key), key.equals("updates") || key.equals("deletes")));
            }
        }
        if (command.get("limit") instanceof Number limit) {
            shape.add("limit: " + limit);
        }
        return shape.toString();
    }

    /** {@code statements}: a list of update or delete statements, whose {@code q} is shown and the rest left out. */
    private static String shapeOf(Object value, boolean statements) {
        if (value instanceof Map<?, ?> fields) {
            StringJoiner shape = new StringJoiner(", ", "{", "}");
            fields.forEach((key, inner) -> {
                if (!statements || "q".equals(key)) {
                    shape.add(key + ": " + shapeOf(inner, false));
                }
            });
            return shape.toString();
        }
        if (value instanceof List<?> list) {
            if (statements || list.stream().allMatch(e -> e instanceof Map<?, ?>)) {
                return list.isEmpty() ? "[]" : "[" + list.size() + " × " + shapeOf(list.get(0), statements) + "]";
            }
            return "[" + list.size() + "]";
        }
        return "?";
    }
}
