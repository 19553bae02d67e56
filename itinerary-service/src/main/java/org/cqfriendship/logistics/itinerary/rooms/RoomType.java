package org.cqfriendship.logistics.itinerary.rooms;

/** The kinds of room a hotel block holds. A member has a room of their own, so a double is one person's room too. */
public enum RoomType { SINGLE, DOUBLE, SUITE }
