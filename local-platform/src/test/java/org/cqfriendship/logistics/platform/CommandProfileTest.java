package org.cqfriendship.logistics.platform;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The store's command profile names each shape of command a client sent, with how many and how long, and no value. */
class CommandProfileTest {

    @TempDir
    Path folder;

    @Test
    void theProfileListsEachCommandShapeWithItsCountAndNoValues() throws Exception {
        CommandProfile profile = new CommandProfile();
        StoreServer.DurableH2Backend backend = new StoreServer.DurableH2Backend(folder.resolve("store.mv.db").toString(), 0, profile);
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            var people = client.getDatabase("accreditation").getCollection("people");
            people.insertOne(new Document("_id", "m-1").append("delegationId", "Ljubljana"));
            people.insertOne(new Document("_id", "m-2").append("delegationId", "Ljubljana"));
            people.find(Filters.eq("delegationId", "Ljubljana")).into(new ArrayList<>());
        } finally {
            server.shutdown();
        }
        Path written = folder.resolve("profile.txt");
        profile.write(written);

        List<String> lines = Files.readAllLines(written);
        assertThat(lines.get(0)).startsWith("Store time by command shape");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(" 2 × ").endsWith("accreditation.people insert {}"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(" 1 × ").endsWith("accreditation.people find {filter: {delegationId: ?}}"));
        assertThat(String.join("\n", lines)).doesNotContain("Ljubljana", "m-1");
    }
}
