package org.cqfriendship.logistics.platform;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommandShapeTest {

    @Test
    void aFindShowsTheFieldsItAskedByButNoValue() {
        Document find = new Document("find", "alerts").append("filter", new Document("delegationId", "d-Lao-Vientiane")
                .append("parts.eventId", new Document("$in", List.of("e1", "e2", "e3")))).append("limit", 200);

        assertThat(CommandShape.of(find)).isEqualTo("{filter: {delegationId: ?, parts.eventId: {$in: [3]}}, limit: 200}");
    }

    @Test
    void anUpdateShowsEachStatementsFilterOnly() {
        Document update = new Document("update", "itineraries").append("updates", List.of(
                new Document("q", new Document("_id", "d1").append("version", 4)).append("u", new Document("$set", new Document("name", "Phoxay")))));

        assertThat(CommandShape.of(update)).isEqualTo("{updates: [1 × {q: {_id: ?, version: ?}}]}");
    }
}
