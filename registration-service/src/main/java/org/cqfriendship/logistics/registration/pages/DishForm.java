package org.cqfriendship.logistics.registration.pages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One dish of a carnival stall as the form holds it: its names as typed and the allergens ticked. */
public class DishForm implements Serializable {

    private String name;
    private String nameZh;
    private List<String> allergens = new ArrayList<>();

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public List<String> getAllergens() { return allergens; }
    public void setAllergens(List<String> allergens) { this.allergens = allergens == null ? new ArrayList<>() : allergens; }

    boolean isBlank() {
        return (name == null || name.isBlank()) && (nameZh == null || nameZh.isBlank());
    }
}
