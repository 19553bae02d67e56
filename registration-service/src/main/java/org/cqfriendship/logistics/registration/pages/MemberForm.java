package org.cqfriendship.logistics.registration.pages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One delegate as the form holds it: text as typed, so nothing is lost when a value is not valid yet. */
public class MemberForm implements Serializable {

    private String memberId;
    private String role = "MEMBER";
    private String givenName;
    private String familyName;
    private String nativeName;
    private String title;
    private String nationality;
    private String languages;
    private String interpretationNeeded;
    private String passportNumber;
    private String passportMasked;
    private String passportExpiry;
    private String arrivalMode;
    private String arrivalCarrier;
    private String arrivalNumber;
    private String arrivalPort;
    private String arrivalAt;
    private String departureMode;
    private String departureCarrier;
    private String departureNumber;
    private String departurePort;
    private String departureAt;
    private String hotelFrom;
    private String hotelTo;
    private List<String> diets = new ArrayList<>();
    private List<String> allergens = new ArrayList<>();
    private String accessibility;
    private List<String> attends = new ArrayList<>();
    private String tradeInterests;
    private boolean hotpotTeam;
    private String shareRoomWith;
    private String remoteTimeZone;
    private String alertsEmail;
    private String alertsPhone;
    private String alertsLanguage;
    private String techCheckFrom;
    private String techCheckTo;

    public String getMemberId() { return memberId; }
    public void setMemberId(String memberId) { this.memberId = memberId; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getNativeName() { return nativeName; }
    public void setNativeName(String nativeName) { this.nativeName = nativeName; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getNationality() { return nationality; }
    public void setNationality(String nationality) { this.nationality = nationality; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public String getInterpretationNeeded() { return interpretationNeeded; }
    public void setInterpretationNeeded(String interpretationNeeded) { this.interpretationNeeded = interpretationNeeded; }
    public String getPassportNumber() { return passportNumber; }
    public void setPassportNumber(String passportNumber) { this.passportNumber = passportNumber; }
    public String getPassportMasked() { return passportMasked; }
    public void setPassportMasked(String passportMasked) { this.passportMasked = passportMasked; }
    public String getPassportExpiry() { return passportExpiry; }
    public void setPassportExpiry(String passportExpiry) { this.passportExpiry = passportExpiry; }
    public String getArrivalMode() { return arrivalMode; }
    public void setArrivalMode(String arrivalMode) { this.arrivalMode = arrivalMode; }
    public String getArrivalCarrier() { return arrivalCarrier; }
    public void setArrivalCarrier(String arrivalCarrier) { this.arrivalCarrier = arrivalCarrier; }
    public String getArrivalNumber() { return arrivalNumber; }
    public void setArrivalNumber(String arrivalNumber) { this.arrivalNumber = arrivalNumber; }
    public String getArrivalPort() { return arrivalPort; }
    public void setArrivalPort(String arrivalPort) { this.arrivalPort = arrivalPort; }
    public String getArrivalAt() { return arrivalAt; }
    public void setArrivalAt(String arrivalAt) { this.arrivalAt = arrivalAt; }
    public String getDepartureMode() { return departureMode; }
    public void setDepartureMode(String departureMode) { this.departureMode = departureMode; }
    public String getDepartureCarrier() { return departureCarrier; }
    public void setDepartureCarrier(String departureCarrier) { this.departureCarrier = departureCarrier; }
    public String getDepartureNumber() { return departureNumber; }
    public void setDepartureNumber(String departureNumber) { this.departureNumber = departureNumber; }
    public String getDeparturePort() { return departurePort; }
    public void setDeparturePort(String departurePort) { this.departurePort = departurePort; }
    public String getDepartureAt() { return departureAt; }
    public void setDepartureAt(String departureAt) { this.departureAt = departureAt; }
    public String getHotelFrom() { return hotelFrom; }
    public void setHotelFrom(String hotelFrom) { this.hotelFrom = hotelFrom; }
    public String getHotelTo() { return hotelTo; }
    public void setHotelTo(String hotelTo) { this.hotelTo = hotelTo; }
    public List<String> getDiets() { return diets; }
    public void setDiets(List<String> diets) { this.diets = diets == null ? new ArrayList<>() : diets; }
    public List<String> getAllergens() { return allergens; }
    public void setAllergens(List<String> allergens) { this.allergens = allergens == null ? new ArrayList<>() : allergens; }
    public String getAccessibility() { return accessibility; }
    public void setAccessibility(String accessibility) { this.accessibility = accessibility; }
    public List<String> getAttends() { return attends; }
    public void setAttends(List<String> attends) { this.attends = attends == null ? new ArrayList<>() : attends; }
    public String getTradeInterests() { return tradeInterests; }
    public void setTradeInterests(String tradeInterests) { this.tradeInterests = tradeInterests; }
    public boolean isHotpotTeam() { return hotpotTeam; }
    public void setHotpotTeam(boolean hotpotTeam) { this.hotpotTeam = hotpotTeam; }
    public String getShareRoomWith() { return shareRoomWith; }
    public void setShareRoomWith(String shareRoomWith) { this.shareRoomWith = shareRoomWith; }
    public String getAlertsEmail() { return alertsEmail; }
    public void setAlertsEmail(String alertsEmail) { this.alertsEmail = alertsEmail; }
    public String getAlertsPhone() { return alertsPhone; }
    public void setAlertsPhone(String alertsPhone) { this.alertsPhone = alertsPhone; }
    public String getAlertsLanguage() { return alertsLanguage; }
    public void setAlertsLanguage(String alertsLanguage) { this.alertsLanguage = alertsLanguage; }
    public String getRemoteTimeZone() { return remoteTimeZone; }
    public void setRemoteTimeZone(String remoteTimeZone) { this.remoteTimeZone = remoteTimeZone; }
    public String getTechCheckFrom() { return techCheckFrom; }
    public void setTechCheckFrom(String techCheckFrom) { this.techCheckFrom = techCheckFrom; }
    public String getTechCheckTo() { return techCheckTo; }
    public void setTechCheckTo(String techCheckTo) { this.techCheckTo = techCheckTo; }

    /** The member's name for headings: as typed so far. */
    public String getLabel() {
        String name = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
        return name.isEmpty() ? null : name;
    }
}
