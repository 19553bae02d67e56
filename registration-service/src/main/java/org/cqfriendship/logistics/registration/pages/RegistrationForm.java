package org.cqfriendship.logistics.registration.pages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A registration as the web form holds it between steps (in the session) or while editing
 * through the secret link. {@code submissionId} doubles as the idempotency key of the final
 * submit, so pressing "submit" twice registers once.
 */
public class RegistrationForm implements Serializable {

    private transient Integer removalAsked;
    private final String submissionId = UUID.randomUUID().toString();
    private String delegationId;
    private Long version;
    private String locality;
    private String country;
    private String kind = "LOCAL_GOVERNMENT";
    private String participation = "IN_PERSON";
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String notes;
    private String hotpotTeamName;
    private List<MemberForm> members = new ArrayList<>(List.of(head()));
    private String stallCuisine;
    private String stallStaff;
    private boolean stallPower;
    private boolean stallWater;
    private List<DishForm> stallDishes = dishRows(List.of());

    /** The form's rows for a stall's dishes: those given, then empty ones up to {@value #DISH_ROWS}. */
    static List<DishForm> dishRows(List<DishForm> given) {
        List<DishForm> rows = new ArrayList<>(given);
        while (rows.size() < DISH_ROWS) {
            rows.add(new DishForm());
        }
        return rows;
    }

    /** The dishes one form offers (the API takes up to six). */
    static final int DISH_ROWS = 4;

    private static MemberForm head() {
        MemberForm head = new MemberForm();
        head.setRole("HEAD");
        return head;
    }

    public String getSubmissionId() { return submissionId; }
    public String getDelegationId() { return delegationId; }
    public void setDelegationId(String delegationId) { this.delegationId = delegationId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getLocality() { return locality; }
    public void setLocality(String locality) { this.locality = locality; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getParticipation() { return participation; }
    public void setParticipation(String participation) { this.participation = participation; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getHotpotTeamName() { return hotpotTeamName; }
    public void setHotpotTeamName(String hotpotTeamName) { this.hotpotTeamName = hotpotTeamName; }
    public String getStallCuisine() { return stallCuisine; }
    public void setStallCuisine(String stallCuisine) { this.stallCuisine = stallCuisine; }
    public String getStallStaff() { return stallStaff; }
    public void setStallStaff(String stallStaff) { this.stallStaff = stallStaff; }
    public boolean isStallPower() { return stallPower; }
    public void setStallPower(boolean stallPower) { this.stallPower = stallPower; }
    public boolean isStallWater() { return stallWater; }
    public void setStallWater(boolean stallWater) { this.stallWater = stallWater; }
    public List<DishForm> getStallDishes() { return stallDishes; }
    public void setStallDishes(List<DishForm> stallDishes) { this.stallDishes = dishRows(stallDishes == null ? List.of() : stallDishes); }

    /** Whether the delegation asks for a carnival stall: a dish or the cuisine given. */
    public boolean isStallApplied() {
        return stallDishes.stream().anyMatch(dish -> !dish.isBlank()) || (stallCuisine != null && !stallCuisine.isBlank());
    }

    public List<MemberForm> getMembers() { return members; }
    public void setMembers(List<MemberForm> members) { this.members = members == null ? new ArrayList<>() : members; }

    /**
     * Carries out a form button that changes the list of members ("add", "remove-2"); returns
     * false for any other button.
     */
    /**
     * Applies a button that changes the member list and answers true, or answers false for any
     * other action. Removing asks first: {@code remove-<i>} only marks member i, and
     * {@code confirm-remove-<i>} removes them ({@code keep} takes the mark back).
     */
    boolean applyMemberAction(String action) {
        removalAsked = null; // asked once: any other button takes the question back
        if (action.equals("add")) {
            members.add(new MemberForm());
            return true;
        }
        if (action.equals("keep")) {
            return true;
        }
        if (action.startsWith("confirm-remove-")) {
            int index = memberIndex(action.substring("confirm-remove-".length()));
            if (index >= 0) {
                members.remove(index);
            }
            return true;
        }
        if (action.startsWith("remove-")) {
            int index = memberIndex(action.substring("remove-".length()));
            removalAsked = index >= 0 ? index : null;
            return true;
        }
        return false;
    }

    /** The member whose removal waits for a yes, if any (never bound from a request). */
    public Integer getRemovalAsked() {
        return removalAsked;
    }

    private int memberIndex(String text) {
        try {
            int index = Integer.parseInt(text);
            return index >= 0 && index < members.size() ? index : -1;
        } catch (NumberFormatException notAnIndex) {
            return -1;
        }
    }
}
