package org.cqfriendship.logistics.itinerary.rooms;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.support.exports.Spreadsheets;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hotels and rooming lists for programme staff: pages, CSV and Excel downloads, and changing a hotel's block counts. */
@Controller
class RoomsController {

    private final RoomingLists lists;
    private final Hotels hotels;
    private final MessageSource messages;

    RoomsController(RoomingLists lists, Hotels hotels, MessageSource messages) {
        this.lists = lists;
        this.hotels = hotels;
        this.messages = messages;
    }

    /** Each hotel, its blocks, and its rooms taken and held night by night. */
    @GetMapping("/hotels")
    String hotels(Model model) {
        model.addAttribute("hotels", lists.hotels());
        model.addAttribute("waiting", lists.waiting());
        model.addAttribute("caller", Callers.current());
        return "hotels";
    }

    /** A hotel's rooming list, for a night or for every night. */
    @GetMapping("/hotels/{hotelId}")
    String roomingList(@PathVariable String hotelId,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate night, Model model) {
        Accommodation.Hotel hotel = hotel(hotelId);
        model.addAttribute("hotel", hotel);
        model.addAttribute("night", night);
        model.addAttribute("nights", lists.hotels().stream().filter(h -> h.hotel().id().equals(hotelId)).findFirst()
                .map(h -> h.nights().stream().map(RoomingLists.Night::night).toList()).orElse(List.of()));
        model.addAttribute("guests", lists.roomingList(hotelId, night));
        model.addAttribute("caller", Callers.current());
        return "rooming-list";
    }

    /** The rooming list as CSV or an Excel workbook, the same rows as the page. */
    @GetMapping("/hotels/{hotelId}/rooming-list.{format:csv|xlsx}")
    ResponseEntity<byte[]> export(@PathVariable String hotelId, @PathVariable String format,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate night) {
        Accommodation.Hotel hotel = hotel(hotelId);
        return Spreadsheets.download(format, "rooming-list-" + hotelId + (night == null ? "" : "-" + night),
                List.of(RoomingSheet.of(hotel, lists.roomingList(hotelId, night), messages, LocaleContextHolder.getLocale())));
    }

    /** The page's form: new counts for the hotel's blocks, in their order. */
    @PostMapping("/hotels/{hotelId}/blocks")
    String saveCounts(@PathVariable String hotelId, @RequestParam(name = "count", required = false) List<Integer> counts,
                      RedirectAttributes result) {
        Accommodation.Hotel hotel = hotel(hotelId);
        result.addFlashAttribute("changed", hotel.name());
        if (counts == null || counts.size() != hotel.blocks().size() || counts.stream().anyMatch(c -> c == null || c < 0 || c > 5_000)) {
            result.addFlashAttribute("problem", "hotels.badCounts");
            return "redirect:/hotels#" + hotelId;
        }
        List<Accommodation.Block> blocks = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Accommodation.Block b = hotel.blocks().get(i);
            blocks.add(new Accommodation.Block(b.firstNight(), b.lastNight(), b.type(), counts.get(i), b.forRoles()));
        }
        hotels.save(new Accommodation.Hotel(hotel.id(), hotel.name(), hotel.address(), hotel.checkIn(), hotel.checkOut(),
                hotel.minutesToVenue(), hotel.minutesToPort(), hotel.reservationsEmail(), hotel.reservationsLanguage(), hotel.illustrative(),
                blocks));
        result.addFlashAttribute("notice", "hotels.saved");
        return "redirect:/hotels#" + hotelId;
    }

    private Accommodation.Hotel hotel(String hotelId) {
        return hotels.find(hotelId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No hotel " + hotelId));
    }
}
