/**
 * What the alerts are about, as this service reads it of the other services' events (one record
 * per event type in contracts/schemas): clashes found and resolved, itineraries and rides changed,
 * contest rounds closed, badges scanned. {@link org.cqfriendship.logistics.notification.alert.AlertPolicy}
 * decides who is told how urgently and in which words; the listeners only hand them over.
 */
package org.cqfriendship.logistics.notification.alert.news;
