package org.cqfriendship.logistics.registration.delegation;

public enum MemberRole {
    HEAD, MEMBER, INTERPRETER, SECURITY, MEDIA, STAFF
}
