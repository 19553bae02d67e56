package org.cqfriendship.logistics.platform;

import de.bwaldvogel.mongo.MongoVersion;

import java.util.List;

/**
 * The server version the local store reports: MongoDB 4.4 (wire version 9), the oldest that
 * today's tools accept (mongosh 2, Compass and current drivers refuse wire version 8 and below).
 * mongo-java-server's own {@code ServerVersion.MONGO_5_0} still reports wire version 8, so it
 * does not help. The tests' in-memory store reports the same.
 */
public enum StoreVersion implements MongoVersion {
    REPORTED;

    @Override
    public List<Integer> getVersionArray() {
        return List.of(4, 4, 0);
    }

    @Override
    public int getWireVersion() {
        return 9;
    }
}
