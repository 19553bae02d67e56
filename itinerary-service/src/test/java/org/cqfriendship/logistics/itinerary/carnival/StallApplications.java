package org.cqfriendship.logistics.itinerary.carnival;

import org.cqfriendship.logistics.contracts.EventContract;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The food carnival's test parts: a registration with a stall application. */
public final class StallApplications {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StallApplications() {
    }

    /** The example registration with a carnival stall: one dish, named in its language and in Chinese, with celery in it. */
    public static String withStall(String delegationId, String dish, String dishZh) {
        ObjectNode registered = (ObjectNode) JSON.readTree(EventContract.example("DelegationRegistered")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegationId));
        ObjectNode stall = registered.putObject("stall").put("cuisine", "Lao home cooking").put("staff", 3).put("power", true).put("water", true);
        stall.putArray("dishes").addObject().put("name", dish).put("nameZh", dishZh).putArray("allergens").add("CELERY");
        return registered.toString();
    }
}
