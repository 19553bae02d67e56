package org.cqfriendship.logistics.platform;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys of the local store's unique indexes. mongo-java-server's H2 backend opens an index's map
 * with H2's default {@code ObjectDataType}, which knows nothing of its {@code KeyValue} keys: to
 * order two of them it writes both out through Java serialization and compares the bytes, on every
 * step of every B-tree search, and it writes them to the file the same way. That was two fifths of
 * the store's CPU under the intake benchmark (JFR), where each registration is a dozen index lookups.
 * Here a key is ordered value by value (strings, numbers, dates and ids by their own order; a value
 * H2 has no order for, such as a sub-document, by {@code ObjectDataType} as before) and written
 * value by value. Any consistent order will do: the backend only looks keys up and iterates them.
 */
final class IndexKeys extends BasicDataType<KeyValue> {

    static final IndexKeys TYPE = new IndexKeys();
    private static final ObjectDataType VALUES = new ObjectDataType();

    private IndexKeys() {
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        if (a == b) {
            return 0;
        }
        int sizes = Integer.compare(a.size(), b.size());
        if (sizes != 0) {
            return sizes;
        }
        for (int i = 0; i < a.size(); i++) {
            int order = compareValues(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        if (a.getClass() == b.getClass() && a instanceof Comparable comparable) {
            return comparable.compareTo(b);
        }
        return VALUES.compare(a, b);
    }

    @Override
    public int getMemory(KeyValue key) {
        int size = 48;
        for (Object value : key) {
            size += 16 + (value instanceof CharSequence text ? 40 + 2 * text.length() : 24);
        }
        return size;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        buffer.putVarInt(key.size());
        for (Object value : key) {
            VALUES.write(buffer, value);
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        int size = DataUtils.readVarInt(buffer);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(VALUES.read(buffer));
        }
        return new KeyValue(values);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
