package org.cqfriendship.logistics.itinerary.rooms;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.itinerary.planning.StaySettings;
import org.cqfriendship.logistics.support.security.Callers;
import org.cqfriendship.logistics.support.web.FieldProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Programme staff add a hotel, or change one's details and blocks, on a page: the same change as
 * {@code PUT /api/hotels/{id}} (written with {@code HotelChanged}, after which everyone in the
 * hotel and everyone waiting is booked again), with each bad value shown on its field in the
 * reader's language and nothing saved.
 */
@Controller
class HotelEditController {

    private static final Pattern BLOCK_FIELD = Pattern.compile("blocks\\[(\\d+)](\\..+)");

    private final Hotels hotels;
    private final StaySettings stay;

    HotelEditController(Hotels hotels, StaySettings stay) {
        this.hotels = hotels;
        this.stay = stay;
    }

    @GetMapping("/hotels/new")
    String adding(Model model) {
        return page(model, HotelForm.empty(ports()), null);
    }

    @PostMapping("/hotels/new")
    String add(@ModelAttribute("form") HotelForm form, BindingResult errors, Model model, RedirectAttributes result) {
        return save(null, form, errors, model, result);
    }

    @GetMapping("/hotels/{hotelId}/edit")
    String editing(@PathVariable String hotelId, Model model) {
        return page(model, HotelForm.of(hotel(hotelId), ports()), hotelId);
    }

    @PostMapping("/hotels/{hotelId}/edit")
    String edit(@PathVariable String hotelId, @ModelAttribute("form") HotelForm form, BindingResult errors, Model model,
                RedirectAttributes result) {
        hotel(hotelId);
        return save(hotelId, form, errors, model, result);
    }

    private String save(String hotelId, HotelForm form, BindingResult errors, Model model, RedirectAttributes result) {
        List<Integer> rows = new ArrayList<>();
        Accommodation.Hotel hotel = form.toHotel(hotelId, errors, rows);
        if (hotel != null && hotelId == null && hotels.find(hotel.id()).isPresent()) {
            errors.rejectValue("id", "hotel.id.taken");
        }
        if (!errors.hasErrors()) {
            try {
                hotels.save(hotel);
                result.addFlashAttribute("changed", hotel.name());
                result.addFlashAttribute("notice", "hotels.saved");
                return "redirect:/hotels#" + hotel.id();
            } catch (FieldProblemException problem) {
                errors.rejectValue(formField(problem.field(), rows), problem.messageCode());
            }
        }
        // Blank rows were left out of the hotel; offer them again for adding blocks.
        form.getBlocks().removeIf(HotelForm.BlockRow::blank);
        form.addBlankBlocks();
        return page(model, form, hotelId);
    }

    /** The block's field on the form: the store numbers the blocks kept, the form every row. */
    private static String formField(String field, List<Integer> rows) {
        Matcher block = BLOCK_FIELD.matcher(field);
        return block.matches() ? "blocks[" + rows.get(Integer.parseInt(block.group(1))) + "]" + block.group(2) : field;
    }

    private String page(Model model, HotelForm form, String hotelId) {
        model.addAttribute("form", form);
        model.addAttribute("hotelId", hotelId);
        model.addAttribute("types", RoomType.values());
        model.addAttribute("caller", Callers.current());
        return "hotel-edit";
    }

    /** The ports a hotel's distance may be given from: those the venue's distances name. */
    private Set<String> ports() {
        return new TreeSet<>(stay.venueMinutesFromPort().keySet());
    }

    private Accommodation.Hotel hotel(String hotelId) {
        return hotels.find(hotelId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No hotel " + hotelId));
    }
}
