package org.cqfriendship.logistics.platform;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The local store keeps each collection's documents as BSON. mongo-java-server's H2 backend opens
 * its maps with H2's default {@code ObjectDataType}, which stores documents through Java
 * serialization: about half of the store's CPU under the fan-out benchmark (JFR). A collection's
 * document map ({@code databases.<db>.<collection>}) is opened here first, typed, and the backend's
 * own open by name then finds it already open; so is each unique index's map, with its keys typed
 * ({@link IndexKeys}). A file written the old way cannot be read so: {@link #checkFormat} refuses it,
 * naming what to do.
 */
final class BsonDocuments extends BasicDataType<Document> {

    static final BsonDocuments TYPE = new BsonDocuments();
    private static final String DOCUMENTS = "databases.";
    private static final String FORMAT_MAP = "local-store.format";
    private static final String FORMAT = "documents-as-bson-2";

    private BsonDocuments() {
    }

    /** Marks a new file as holding BSON documents; refuses one whose documents were written through Java serialization. */
    static MVStore checkFormat(MVStore store, String file) {
        MVMap<String, String> format = store.openMap(FORMAT_MAP);
        boolean written = store.getMapNames().stream().anyMatch(name -> name.startsWith(DOCUMENTS));
        if (written && !FORMAT.equals(format.get("documents"))) {
            store.closeImmediately();
            throw new IllegalStateException("The store file " + file + " was written by an older version of the local platform "
                    + "(documents or index keys in Java serialization). Delete its data folder, or start with --data-dir= a new one.");
        }
        format.put("documents", FORMAT);
        store.commit();
        return store;
    }

    /** A database whose collections' documents are stored as BSON. */
    static final class Database extends H2Database {

        /**
         * The store, for the collections this database opens while its super constructor runs
         * (before any field of this class is set); one store per process.
         */
        private static volatile MVStore store;

        Database(String name, MVStore store, CursorRegistry cursors) {
            super(name, remember(store), cursors);
        }

        private static MVStore remember(MVStore mvStore) {
            store = mvStore;
            return mvStore;
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            store.openMap(DOCUMENTS + getFullCollectionNamespace(collectionName), new MVMap.Builder<Object, Document>().valueType(TYPE));
            return super.openOrCreateCollection(collectionName, options);
        }

        /** A unique index's map, opened with its keys typed ({@link IndexKeys}) before the backend opens it by name. */
        @Override
        protected de.bwaldvogel.mongo.backend.Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                                                                                 List<de.bwaldvogel.mongo.backend.IndexKey> keys,
                                                                                 boolean sparse) {
            store.openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                    new MVMap.Builder<de.bwaldvogel.mongo.backend.KeyValue, Object>().keyType(IndexKeys.TYPE));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }

    @Override
    public int getMemory(Document document) {
        return 64 + estimate(document);
    }

    /** Roughly what the document takes in memory, without encoding it (H2 sizes its pages and cache by this). */
    private static int estimate(Object value) {
        if (value instanceof Map<?, ?> map) {
            int size = 48;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += 32 + 2 * String.valueOf(entry.getKey()).length() + estimate(entry.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> values) {
            int size = 32;
            for (Object element : values) {
                size += 8 + estimate(element);
            }
            return size;
        }
        if (value instanceof CharSequence text) {
            return 40 + 2 * text.length();
        }
        return 24;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf encoded = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(document, encoded);
            byte[] bytes = new byte[encoded.readableBytes()];
            encoded.readBytes(bytes);
            buffer.putVarInt(bytes.length).put(bytes);
        } finally {
            encoded.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
        buffer.get(bytes);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
