package org.cqfriendship.logistics.itinerary.rooms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cqfriendship.logistics.support.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** Programme staff's API of hotels: their rooms night by night, their rooming lists, and setting a hotel's details and blocks. */
@RestController
class HotelsApi {

    private final RoomingLists lists;
    private final Hotels hotels;

    HotelsApi(RoomingLists lists, Hotels hotels) {
        this.lists = lists;
        this.hotels = hotels;
    }

    @GetMapping("/api/hotels")
    List<RoomingLists.HotelNights> hotelsJson() {
        return lists.hotels();
    }

    /**
     * A hotel's details and blocks as programme staff set them ({@code id} from the path; a new id
     * adds a hotel). Everyone in the hotel and everyone waiting is booked again from them.
     */
    record HotelRequest(@NotBlank @Size(max = 200) @PlainText String name, @NotBlank @Size(max = 300) @PlainText String address,
                        LocalTime checkIn, LocalTime checkOut, @NotNull @Min(0) @Max(600) Integer minutesToVenue,
                        Map<@Pattern(regexp = "[A-Z]{3}") String, @NotNull @Min(0) @Max(600) Integer> minutesToPort,
                        @Email @Size(max = 200) String reservationsEmail, @Pattern(regexp = "zh|en|ru|fr|es") String reservationsLanguage,
                        boolean illustrative, @NotNull @Size(max = 50) List<Accommodation.@NotNull @Valid Block> blocks) {

        Accommodation.Hotel hotel(String id) {
            return new Accommodation.Hotel(id, name.strip(), address.strip(), checkIn, checkOut, minutesToVenue, minutesToPort,
                    reservationsEmail, reservationsLanguage, illustrative, blocks);
        }
    }

    @PutMapping("/api/hotels/{hotelId}")
    Accommodation.Hotel saveHotel(@PathVariable @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,38}[a-z0-9]") String hotelId,
                                  @Valid @RequestBody HotelRequest hotel) {
        return hotels.save(hotel.hotel(hotelId));
    }

    /** Who waits for a room, first in line first: they get the first room that frees for their nights. */
    @GetMapping("/api/hotels/waiting")
    List<RoomingLists.Waiting> waiting() {
        return lists.waiting();
    }

    @GetMapping("/api/hotels/{hotelId}/rooming-list")
    List<RoomingLists.Guest> roomingListJson(@PathVariable String hotelId,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate night) {
        hotels.find(hotelId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No hotel " + hotelId));
        return lists.roomingList(hotelId, night);
    }
}
