package dev.lifeboat.agent.tests.vtep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;

import dev.lifeboat.agent.vtep.VxlanCodec;

/** The VXLAN header against byte vectors written from RFC 7348 section 5. */
class VxlanCodecTest {

	private static ByteBuffer bytes(int... values) {
		ByteBuffer buffer = ByteBuffer.allocate(values.length);
		for (int i = 0; i < values.length; i++) {
			buffer.put(i, (byte) values[i]);
		}
		return buffer;
	}

	@Test
	void encodesFlagsVniAndZeroReservedBits() {
		ByteBuffer buffer = ByteBuffer.allocate(8);
		VxlanCodec.encode(buffer, 0x123456);
		assertArrayEquals(new byte[] { 0x08, 0, 0, 0, 0x12, 0x34, 0x56, 0 }, buffer.array());
		assertEquals(8, buffer.position(), "encode advances past the header");
	}

	@Test
	void encodesAtAnAbsoluteOffsetWithoutMovingThePosition() {
		ByteBuffer buffer = ByteBuffer.allocate(12);
		buffer.put(0, new byte[] { 1, 2, 3, 4 });
		VxlanCodec.encode(buffer, 4, 0xFFFFFF);
		assertArrayEquals(new byte[] { 1, 2, 3, 4, 0x08, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0 },
				buffer.array());
		assertEquals(0, buffer.position());
	}

	@Test
	void decodesTheRfcExample() {
		assertEquals(0x123456, VxlanCodec.decode(bytes(0x08, 0, 0, 0, 0x12, 0x34, 0x56, 0), 0, 8));
	}

	@Test
	void decodesTheSmallestAndLargestVni() {
		assertEquals(0, VxlanCodec.decode(bytes(0x08, 0, 0, 0, 0, 0, 0, 0), 0, 8));
		assertEquals(0xFFFFFF, VxlanCodec.decode(bytes(0x08, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0), 0, 8));
	}

	@Test
	void ignoresReservedBitsOnReceipt() {
		ByteBuffer allReservedSet = bytes(0xFF, 0xFF, 0xFF, 0xFF, 0x12, 0x34, 0x56, 0xFF);
		assertEquals(0x123456, VxlanCodec.decode(allReservedSet, 0, 8));
		ByteBuffer someReservedSet = bytes(0x88, 0x00, 0x01, 0x00, 0x00, 0x27, 0x1A, 0x80);
		assertEquals(10010, VxlanCodec.decode(someReservedSet, 0, 8));
	}

	@Test
	void rejectsAHeaderWithoutTheIFlag() {
		assertEquals(VxlanCodec.ERROR_NO_VNI_FLAG, VxlanCodec.decode(bytes(0, 0, 0, 0, 0x12, 0x34, 0x56, 0), 0, 8));
		assertEquals(VxlanCodec.ERROR_NO_VNI_FLAG,
				VxlanCodec.decode(bytes(0xF7, 0xFF, 0xFF, 0xFF, 0x12, 0x34, 0x56, 0xFF), 0, 8));
	}

	@Test
	void rejectsShortDatagrams() {
		assertEquals(VxlanCodec.ERROR_SHORT, VxlanCodec.decode(bytes(0x08, 0, 0, 0, 0x12, 0x34, 0x56), 0, 7));
		assertEquals(VxlanCodec.ERROR_SHORT, VxlanCodec.decode(ByteBuffer.allocate(0), 0, 0));
		// The length given wins over the buffer's size: a datagram is what the socket received.
		assertEquals(VxlanCodec.ERROR_SHORT, VxlanCodec.decode(bytes(0x08, 0, 0, 0, 0x12, 0x34, 0x56, 0), 0, 4));
	}

	@Test
	void decodesAtAnOffset() {
		ByteBuffer buffer = bytes(0xEE, 0xEE, 0x08, 0, 0, 0, 0, 0, 0x2A, 0);
		assertEquals(42, VxlanCodec.decode(buffer, 2, 8));
	}

	@Test
	void roundTripsEveryBitOfTheVni() {
		ByteBuffer buffer = ByteBuffer.allocate(8);
		for (int bit = 0; bit < 24; bit++) {
			VxlanCodec.encode(buffer, 0, 1 << bit);
			assertEquals(1 << bit, VxlanCodec.decode(buffer, 0, 8));
		}
	}

	@Test
	void refusesToEncodeAVniWiderThan24Bits() {
		ByteBuffer buffer = ByteBuffer.allocate(8);
		assertThrows(IllegalArgumentException.class, () -> VxlanCodec.encode(buffer, 0x1000000));
		assertThrows(IllegalArgumentException.class, () -> VxlanCodec.encode(buffer, -1));
	}
}
